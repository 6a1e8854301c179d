"""``partnerschap drill``: options (``command``), wiring (``flow``), rendering (``view``),
the class view on a projector (``classroom``) and its keys (``keys``)."""
