"""The statements of the webhook's hot path, written out instead of built by the queryset
machinery per call (~0.4 ms of CPU each, most of a webhook call's Python). Same SQL as the
ORM's, from the models' metadata: the backend's quoting, its value preparation on the way in
(``get_db_prep_save``) and its converters on the way out (``select``)."""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, connection

_columns: dict[tuple[str, type, str], str] = {}
_converters: dict[tuple[str, type], list[tuple[int, list, Any]]] = {}


def select(model: type, sql: str, params: list[Any]) -> list[tuple[Any, tuple]]:
    """Rows of ``SELECT <columns(model)>, extra… FROM …`` as (model instance, extra values),
    the values converted as the ORM converts them (``Model.objects.raw`` does the same with
    more work per call)."""
    fields = model._meta.concrete_fields
    names = [field.attname for field in fields]
    converters = column_converters(model)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    found = []
    for row in rows:
        values = list(row[: len(fields)])
        for i, functions, column in converters:
            for function in functions:
                values[i] = function(values[i], column, connection)
        found.append((model.from_db(connection.alias, names, values), row[len(fields) :]))
    return found


def column_converters(model: type) -> list[tuple[int, list, Any]]:
    """The backend's and the fields' converters of ``model``'s columns, as the ORM's
    compiler finds them (SQLite: text to datetime, integer to bool; none on PostgreSQL)."""
    key = (connection.vendor, model)
    if key not in _converters:
        found = []
        for i, field in enumerate(model._meta.concrete_fields):
            column = field.get_col(model._meta.db_table)
            functions = connection.ops.get_db_converters(column) + column.get_db_converters(
                connection
            )
            if functions:
                found.append((i, functions, column))
        _converters[key] = found
    return _converters[key]


def table(model: type) -> str:
    """The model's table name, quoted for the database in use."""
    return connection.ops.quote_name(model._meta.db_table)


def columns(model: type, alias: str = "") -> str:
    """The model's columns in ``select``'s order, quoted (and prefixed with ``alias.``); built
    once per database and model."""
    key = (connection.vendor, model, alias)
    if key not in _columns:
        prefix, quote = f"{alias}." if alias else "", connection.ops.quote_name
        _columns[key] = ", ".join(
            prefix + quote(field.column) for field in model._meta.concrete_fields
        )
    return _columns[key]


def for_update(of: str = "") -> str:
    """``FOR UPDATE`` (``OF`` the alias ``of``) where the database locks rows (not SQLite)."""
    features = connection.features
    if not features.has_select_for_update:
        return ""
    return f" FOR UPDATE OF {of}" if of and features.has_select_for_update_of else " FOR UPDATE"


def insert_row(obj: Any, *, along_with: tuple[Any, list[str]] | None = None) -> None:
    """``obj.save()`` of a new row, as one INSERT (no signals: these models have none).

    ``along_with=(row, names)`` also does ``row.save(update_fields=names)`` for a row this
    transaction has locked; on PostgreSQL in the same statement (one round trip)."""
    meta = obj._meta
    quote = connection.ops.quote_name
    fields = [f for f in meta.local_concrete_fields if f is not meta.auto_field]
    values = [f.get_db_prep_save(f.pre_save(obj, True), connection) for f in fields]
    sql = (
        f"INSERT INTO {quote(meta.db_table)} ({', '.join(quote(f.column) for f in fields)}) "  # noqa: S608
        f"VALUES ({', '.join(['%s'] * len(fields))})"
    )
    returning = connection.features.can_return_columns_from_insert
    if returning:
        sql += f" RETURNING {quote(meta.pk.column)}"
    together = along_with is not None and connection.vendor == "postgresql"
    if together:
        update_sql, update_values = _update_statement(*along_with)
        sql = f"WITH inserted AS ({sql}) {update_sql} RETURNING (SELECT * FROM inserted)"  # noqa: S608
        values += update_values
    with connection.cursor() as cursor:
        cursor.execute(sql, values)
        if returning:
            row = cursor.fetchone()
            if row is None:  # no row updated; the INSERT rolls back with the transaction
                raise IntegrityError(f"{along_with[0]._meta.label} was not updated")
            pk = row[0]
        else:
            pk = connection.ops.last_insert_id(cursor, meta.db_table, meta.pk.column)
    setattr(obj, meta.pk.attname, pk)
    obj._state.adding = False
    obj._state.db = connection.alias
    if along_with is not None and not together:
        update_row(*along_with)


def update_row(obj: Any, names: list[str]) -> None:
    """``obj.save(update_fields=names)`` of a row locked by this transaction, as one UPDATE."""
    sql, values = _update_statement(obj, names)
    with connection.cursor() as cursor:
        cursor.execute(sql, values)
        if cursor.rowcount != 1:
            raise IntegrityError(f"{obj._meta.label} {obj.pk} was not updated")


def _update_statement(obj: Any, names: list[str]) -> tuple[str, list[Any]]:
    meta = obj._meta
    quote = connection.ops.quote_name
    fields = [meta.get_field(name) for name in dict.fromkeys(names)]
    values = [f.get_db_prep_save(f.pre_save(obj, False), connection) for f in fields]
    assignments = ", ".join(f"{quote(f.column)} = %s" for f in fields)
    sql = f"UPDATE {quote(meta.db_table)} SET {assignments} WHERE {quote(meta.pk.column)} = %s"  # noqa: S608
    return sql, [*values, obj.pk]
