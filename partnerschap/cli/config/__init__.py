"""``partnerschap config``: show and change the settings (``command``)."""
