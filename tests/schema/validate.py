#!/usr/bin/env python3
"""Validates JSON files against a JSON Schema with the independent jsonschema package.

usage: validate.py SCHEMA FILE...   prints "FILE: ok" or "FILE: invalid: WHY" per file;
exits 0 when every file is valid, 1 when one is not, 2 when the schema itself is broken.
"""
import json
import sys

import jsonschema


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    validator_class = jsonschema.validators.validator_for(schema)
    try:
        validator_class.check_schema(schema)
    except jsonschema.exceptions.SchemaError as error:
        print(f"{sys.argv[1]}: not a valid schema: {error.message}")
        return 2
    validator = validator_class(schema)
    status = 0
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        error = jsonschema.exceptions.best_match(validator.iter_errors(document))
        if error is None:
            print(f"{path}: ok")
        else:
            where = "/".join(str(part) for part in error.absolute_path)
            print(f"{path}: invalid at /{where}: {error.message[:300]}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
