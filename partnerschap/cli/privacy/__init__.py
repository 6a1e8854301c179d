"""``partnerschap privacy``: options (``command``), findings and the choice before saving
(``view``)."""
