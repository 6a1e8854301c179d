"""partnerschap: a command-line coach for partnership in difficult conversations."""

__version__ = "0.1.0"
