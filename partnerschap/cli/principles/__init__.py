"""``partnerschap principles``: options (``command``), lists and details (``view``)."""
