"""Errors whose message a person can act on; the CLI and the page turn them into exit codes."""


class AssistantError(Exception):
    """Base class for every error this product raises on purpose."""


class InputError(AssistantError):
    """The person's input (notes, draft file, option) cannot be used as given."""


class PromptError(AssistantError):
    """A prompt template is malformed or a variable it needs is missing."""


class MissingVariableError(PromptError):
    """A prompt template was rendered without a variable it needs."""


class ModelError(AssistantError):
    """The model could not answer: no key, server down, timeout, rate limit."""


class ModelUnavailableError(ModelError):
    """The model cannot be reached or loaded at all (missing key, file or server)."""


class ModelRetryableError(ModelError):
    """A passing failure (timeout, rate limit, 5xx) that a retry may fix."""
