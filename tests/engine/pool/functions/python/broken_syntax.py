# SPDX-License-Identifier: MIT
def handler(event, context)
    return event
