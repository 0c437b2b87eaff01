"""Resources of a case: what the user has at the provider, its state, whether moved."""
from __future__ import annotations

from . import cases, clock
from .fields import BOOL, Field, Fields
from .models import Resource, database
from .models.resource import KINDS, STATES
from .validate import existing

# What a person sets on a resource (db/fields.py): the actions, the JSON, playbooks and the dialog read it.
FIELDS = Fields(
    Resource, "field.resource",
    Field("name", label="field.resource_name", required=True),
    Field("kind", label="field.resource_kind", choices=KINDS),
    Field("state", label="field.resource_state", choices=STATES),
    Field("moved", BOOL),
    Field("notes"),
)


def get_resource(resource_id: int) -> Resource:
    return existing(Resource, resource_id, "error.no_resource")


def list_resources(case_id: int) -> list[Resource]:
    return list(Resource.select().where(Resource.case == case_id).order_by(Resource.id))


def create_resource(case_id: int, name: str, **fields) -> Resource:
    with database.atomic():
        cases.get_case(case_id)
        res = Resource.create(case=case_id, updated_at=clock.now(), **FIELDS.clean({"name": name, **fields}))
        cases.touch(case_id)
        return res


def update_resource(resource_id: int, **fields) -> Resource:
    with database.atomic():
        return cases.change_part(get_resource(resource_id), FIELDS.clean(fields))


def delete_resource(resource_id: int) -> None:
    cases.delete_part(get_resource, resource_id)
