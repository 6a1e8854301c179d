"""``partnerschap log``: options (``command``), the tables and panels (``view``)."""
