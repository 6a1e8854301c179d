"""``partnerschap analyze``: options (``command``), the wiring (``flow``), the report (``view``)."""
