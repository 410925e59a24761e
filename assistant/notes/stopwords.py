"""Words that carry no topic: left out wherever two texts are compared for what they are about."""

from __future__ import annotations

# A sentence sharing only these with a point is off task (pipeline.sampling); an instruction line
# repeated with other ones of these is still its wording (notes.guard).
STOPWORDS = frozenset(
    """a about above after again all also am an and any are as at be been before being both but
    by can could did do does doing during each few for from further had has have having he her
    here hers him his how i if in into is it its itself just me more most my no nor not now of
    off on once only or other our ours out over own same she should so some such than that the
    their them then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours team role work
    talk talked discussed discussion conversation chat interview really""".split()  # noqa: SIM905
)
