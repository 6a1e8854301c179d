"""``drill live``: the class answers the drills on their phones; the trainer's laptop serves.

:mod:`~partnerschap.drills.live.session` is the whole session as plain, typed state (no
network, no terminal); :mod:`~partnerschap.drills.live.results` writes it as ``drill report``
results files. The web app (:mod:`~partnerschap.drills.live.app`, Starlette) and the server
(:mod:`~partnerschap.drills.live.server`, uvicorn) are imported only by ``drill live``.
"""
