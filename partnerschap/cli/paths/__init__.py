"""``partnerschap paths``: where the data, settings and sets live (``command``)."""
