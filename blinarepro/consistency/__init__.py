"""Consistency checks on printed numbers: can they all be true together?

Each check takes numbers *as printed* (strings, so "80.0" keeps its precision of +/- 0.05) and
returns a frozen result with ``status`` in :data:`blinarepro.consistency._result.STATUSES`, a
``reason`` and the details.

Modules by topic
----------------
printed     parsing printed numbers, their precision, exact "does x round to it?"
percent     ``percent_check``: is a printed percentage some k/n?
grim        ``grim`` and ``grimmer``: means and SDs of integer data
km          ``km_feasibility``: can a Kaplan-Meier rate (and SE) arise from n patients?
km_events   ``km_events_check``: can it arise with a given number of events?
joint       ``joint_km_check``: can the rates of two splits of one group all hold at once?
feasible    the values n patients can give, and the smallest n a rate needs
intervals   ``ci_method_check``: which proportion-CI method gives a printed interval?
pvalues     ``pvalue_check``: printed vs recomputed p, statcheck decision errors
sums        ``sum_check``: parts against the whole
ranges      ``mean_range_check``: mean and SD against the printed range

Import from the module (``from blinarepro.consistency.grim import grim``): the package itself
imports nothing, so that reading printed numbers (the data loader, the index) does not load
the statistics of the interval and p-value checks (scipy).
"""
