#!/usr/bin/env python3
"""Validates JSON documents against a JSON Schema (Draft 4 or 2020-12, from its $schema).

Usage: scripts/validate-json.py SCHEMA.json DOCUMENT.json...
Prints one line per violation (document, path, message) and exits 1 when there is one.
The tests call it for the SARIF log and for every JSON output (docs/schemas/).
"""
import json
import pathlib
import sys

import jsonschema
from referencing import Registry, Resource


def main() -> int:
    schema_path, *documents = sys.argv[1:]
    with open(schema_path, encoding="utf-8") as handle:
        schema = json.load(handle)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    # the schemas beside it, by their $id, so that references between them resolve offline
    registry = Registry()
    for sibling in pathlib.Path(schema_path).parent.glob("*.json"):
        contents = json.loads(sibling.read_text(encoding="utf-8"))
        if isinstance(contents, dict) and "$id" in contents:
            registry = registry.with_resource(contents["$id"], Resource.from_contents(contents))
    validator = validator_class(schema, registry=registry)
    failures = 0
    for document in documents:
        with open(document, encoding="utf-8") as handle:
            instance = json.load(handle)
        for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.path)):
            failures += 1
            path = "/".join(str(part) for part in error.path)
            print(f"{document}: /{path}: {error.message}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
