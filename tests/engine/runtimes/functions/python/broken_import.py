# SPDX-License-Identifier: MIT
import foo_does_not_exist  # noqa: F401 (the import error is the point)


def handler(event, context):
    return None
