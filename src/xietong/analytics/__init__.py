"""Analytics: indicators computed from the registry at any date, each a plain
function of a :class:`~xietong.analytics.snapshot.Snapshot`."""
