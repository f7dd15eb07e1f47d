"""Resource matchmaking (产业资源对接): ranking alliances and partner
organisations for a need written in plain Chinese, each score made of named
components and each result carrying the reasons that produced it."""
