"""xietong (协同): a sourced registry and analysis platform for cross-regional
industry alliances (产业联盟).

The core is plain Python: vocabularies (:mod:`xietong.vocab`), value parsers
(:mod:`xietong.regions`, :mod:`xietong.dates`, :mod:`xietong.names`,
:mod:`xietong.counts`), the store (:mod:`xietong.store`), the registry
(:mod:`xietong.registry`) and the stages that feed and read it. The CLI is a
thin shell over these.
"""

__version__ = "0.1.0"
