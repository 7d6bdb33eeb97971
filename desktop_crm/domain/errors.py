"""Errors the services raise; each carries a message in Chinese meant for the user."""
from collections.abc import Mapping


class ArchiveError(Exception):
    """Base of every refusal the user should read: ``str(error)`` is the message to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(ArchiveError):
    """Input that fails a rule. ``problems`` maps a field name to its message."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("；".join(self.problems.values()))


class PermissionDenied(ArchiveError):
    pass


class LoginFailed(ArchiveError):
    pass


class DuplicateCustomer(ArchiveError):
    pass


class StaleCard(ArchiveError):
    """Someone else saved the card after it was opened; nothing was overwritten."""


class NotFound(ArchiveError):
    pass


class ArchiveTooNew(ArchiveError):
    pass


class ArchiveBusy(ArchiveError):
    """Another workstation or program holds the archive's write lock; nothing was written."""


class Cancelled(ArchiveError):
    """The user stopped a long job; whatever it had not finished was left as it was before."""
