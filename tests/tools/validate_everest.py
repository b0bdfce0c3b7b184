#!/usr/bin/env python3
"""Validate a JSON file against an EVerest type (default ExternalLimits).

Usage: validate_everest.py REFERENCE_DIR FILE.json [TYPE]

REFERENCE_DIR holds energy.yaml and energy_price_information.yaml (EVerest/everest-core
types/). Their `$ref`s such as `/energy#/LimitsReq` name a file's `types` map and a type in
it, so each file's `types` is put in a RefResolver store under `/energy` and
`/energy_price_information`. Exit 0 when the file is valid, 1 with the errors on stderr when
it is not, 2 when the tool cannot run.

Needs python3-jsonschema and python3-yaml (packaging/install-deps.sh); works with jsonschema
4.10 (Debian 12) and later versions, where RefResolver is deprecated but still present.
"""

import datetime
import json
import os
import re
import sys
import warnings

try:
    import jsonschema
    import yaml
except ImportError as e:  # pragma: no cover
    print(f"validate_everest: {e}; install python3-jsonschema and python3-yaml", file=sys.stderr)
    sys.exit(2)

SCHEMA_FILES = ("energy", "energy_price_information")
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def load_types(reference_dir):
    store = {}
    for name in SCHEMA_FILES:
        with open(os.path.join(reference_dir, name + ".yaml"), encoding="utf-8") as f:
            store["/" + name] = yaml.safe_load(f)["types"]
    return store


def format_checker():
    # jsonschema only checks date-time when an optional package is installed; check it here
    # so the result does not depend on what else the machine has.
    checker = jsonschema.FormatChecker()

    @checker.checks("date-time", raises=ValueError)
    def is_rfc3339(value):
        if not isinstance(value, str):
            return True
        if not RFC3339.match(value):
            raise ValueError(f"{value!r} is not an RFC 3339 date-time")
        # Also a real calendar date and time of day; the fraction does not matter for that.
        plain = re.sub(r"\.\d+", "", value.upper()).replace("Z", "+00:00")
        datetime.datetime.fromisoformat(plain)
        return True

    return checker


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    reference_dir, path = argv[1], argv[2]
    type_name = argv[3] if len(argv) == 4 else "ExternalLimits"
    try:
        store = load_types(reference_dir)
        with open(path, encoding="utf-8") as f:
            instance = json.load(f)
    except (OSError, ValueError, KeyError, yaml.YAMLError) as e:
        print(f"validate_everest: {e}", file=sys.stderr)
        return 2
    if type_name not in store["/energy"]:
        print(f"validate_everest: energy.yaml has no type {type_name}", file=sys.stderr)
        return 2

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        resolver = jsonschema.RefResolver(base_uri="", referrer=store["/energy"], store=store)
        validator = jsonschema.Draft7Validator(
            store["/energy"][type_name], resolver=resolver, format_checker=format_checker()
        )
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))

    if not errors:
        print(f"{path}: valid {type_name}")
        return 0
    for error in errors:
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        print(f"{path}: {where}: {error.message}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
