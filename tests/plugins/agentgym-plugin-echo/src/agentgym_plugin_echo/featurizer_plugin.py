"""A real (installed) plugin that adds the featurizer ``letters``, for the featurizer tests.

It stands for a third-party featurizer with settings of its own: the built-in hashed
features plus a dense block of the ticket's letter frequencies (``letter_weight`` scales it).
The featurizer module is imported inside the factory, as a heavy encoder's would be.
"""

from agentgym.hookspecs import hookimpl


def letters(scenario, **settings):  # type: ignore[no-untyped-def]
    from agentgym_plugin_echo.featurizer import LettersFeaturizer, LettersSettings

    return LettersFeaturizer.for_scenario(scenario, LettersSettings(**settings))


@hookimpl
def register_featurizers(register):  # type: ignore[no-untyped-def]
    register("letters", letters, "hashed features plus the ticket's letter frequencies (a test plugin)")
