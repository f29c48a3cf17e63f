"""One family of errors: the CLI prints their message, never a traceback."""


class DetenteError(Exception):
    """A user-facing error whose message is one clear line."""


class InputError(DetenteError):
    """An input file that cannot be used: names the file, line (or record) and field."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        where = source or "<input>"
        if line is not None:
            where += f":{line}"
        prefix = f"{where}: " + (f"{field}: " if field else "")
        super().__init__(prefix + message)
        self.message, self.source, self.line, self.field = message, source, line, field


class ModelError(InputError):
    """A conflict model that cannot be read: names the file, line and field."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        super().__init__(message, source=source or "<model>", line=line, field=field)
        self.source = source
