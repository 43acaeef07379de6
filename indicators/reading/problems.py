"""What is wrong with a dataset, said so a curator can act: file, line, id, what to do."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Problem:
    line: int | None
    message: str = field(compare=False)
    file: str = field(default="", compare=False)
    id: str | None = field(default=None, compare=False)
    column: int | None = field(default=None, compare=False)
    severity: str = field(default="error", compare=False)  # "error" or "warning"
    # What kind of problem, for code that acts on it (never its wording): "pending-review", "uncovered-number", ...
    code: str | None = field(default=None, compare=False)
    field: str | None = field(default=None, compare=False)  # the entry's field it is about ("label", "unit")

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "") + (f":{self.column}" if self.column else "")
        who = f" [{self.id}]" if self.id else ""
        return f"{where}: {self.severity}{who}: {self.message}"


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


class DataError(Exception):
    """The data cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in errors(problems)) or "invalid data")
