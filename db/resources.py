"""Resources of a case: what the user has at the provider, its state, whether moved."""
from __future__ import annotations

from . import cases, clock
from .errors import NotFound
from .fields import BOOL, Field, Fields
from .labels import Msg
from .models import Resource, database
from .models.resource import KINDS, STATES

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
    res = Resource.get_or_none(Resource.id == resource_id)
    if res is None:
        raise NotFound(Msg("error.no_resource", id=resource_id))
    return res


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
        res = get_resource(resource_id)
        for key, value in FIELDS.clean(fields).items():
            setattr(res, key, value)
        res.updated_at = clock.now()
        res.save()
        cases.touch(res.case_id)
        return res


def delete_resource(resource_id: int) -> None:
    with database.atomic():
        res = get_resource(resource_id)
        res.delete_instance()
        cases.touch(res.case_id)
