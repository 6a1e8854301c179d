"""``partnerschap export`` and ``import``: options (``command``), writing and reading (``view``)."""
