"""One family of errors: the CLI prints their message, never a traceback."""


class DetenteError(Exception):
    """A user-facing error whose message is one clear line."""


class ModelError(DetenteError):
    """A conflict model that cannot be read: names the file, line and field."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        where = source or "<model>"
        if line is not None:
            where += f":{line}"
        prefix = f"{where}: " + (f"{field}: " if field else "")
        super().__init__(prefix + message)
        self.message, self.source, self.line, self.field = message, source, line, field
