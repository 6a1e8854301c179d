"""``partnerschap reflect``: options (``command``), the wiring of a reflection (``flow``)."""
