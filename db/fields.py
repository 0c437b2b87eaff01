"""The fields a person sets on a record, declared once per concept (desks.FIELDS,
identifiers.FIELDS, resources.FIELDS, cases.FIELDS).

A field's name is the model's attribute, the keyword of the module's create/update
actions, the key in a playbook (docs/playbooks.md) and the key in the JSON of `show --json`
and the exports. Its type is the playbook's (checked before anything is written), its
default is the model column's (a new record's value), and `label` is the text key that
names it in messages (db/texts/errors.py "field.*"). Read by: the action modules
(`editable`, `clean`), db/serialize.py (`as_dict`), db/playbook.py (`schema`,
`from_playbook`) and the add/edit dialogs (`values`, and the dialog gives back one value
per field)."""
from __future__ import annotations

from dataclasses import dataclass

from .timeutil import iso
from .validate import choice, only_fields, required_text, whole_number

# the types of playbook values (db/playbook.py checks each against them)
TEXT, NUMBER, BOOL, TEXTS, TIME, LIST, TABLE = "text", "number", "bool", "texts", "time", "list", "table"


@dataclass(frozen=True)
class Field:
    name: str
    type: str = TEXT
    label: str = ""             # the text key naming it in messages ("field.desk_name")
    required: bool = False      # a text that may not be empty (stored stripped)
    choices: tuple = ()         # the values it may take
    ref: bool = False           # another record of the case: its id in JSON, its key in a playbook

    def check(self, value):
        """The value to store, or InvalidInput naming the field."""
        if self.required:
            return required_text(value, self.label)
        if self.choices:
            return choice(value, self.choices, self.label)
        if self.type == NUMBER:
            return whole_number(value, self.label)
        if self.type == BOOL:
            return bool(value)
        return value


class Fields:
    """The fields of one model, in the order of its JSON."""

    def __init__(self, model, what: str, *fields: Field, internal: tuple[str, ...] = ()):
        self.model, self.what, self.fields = model, what, fields
        self.names = tuple(f.name for f in fields)
        self.editable = {*self.names, *internal}     # what create/update take (internal: not shown to people)
        self._by_name = {f.name: f for f in fields}

    def __iter__(self):
        return iter(self.fields)

    def __getitem__(self, name: str) -> Field:
        return self._by_name[name]

    def default(self, name: str):
        """A new record's value: the model column's default."""
        value = self.model._meta.fields[name].default
        return value() if callable(value) else value

    def clean(self, values: dict) -> dict:
        """Refuse unknown keys; check each field given (InvalidInput names the first bad one)."""
        only_fields(values, self.editable, self.what)
        for f in self.fields:
            if f.name in values:
                values[f.name] = f.check(values[f.name])
        return values

    def values(self, record=None, **new) -> dict:
        """The fields of `record`, or of a new record (the defaults, or `new`, a form's own)."""
        if record is None:
            return {name: new[name] if name in new else self.default(name) for name in self.names}
        return {f.name: getattr(record, f.name + "_id" if f.ref else f.name) for f in self.fields}

    def as_dict(self, record) -> dict:
        """As in JSON: times in ISO 8601 with offset, references as ids."""
        return {name: iso(value) if self[name].type == TIME else value
                for name, value in self.values(record).items()}

    def schema(self) -> dict[str, str]:
        """What a playbook table may hold: key -> type."""
        return {f.name: f.type for f in self.fields}

    def from_playbook(self, item: dict) -> dict:
        """The fields a playbook entry states (references and times are the caller's)."""
        return {f.name: item[f.name] for f in self.fields if f.name in item and not f.ref and f.type != TIME}
