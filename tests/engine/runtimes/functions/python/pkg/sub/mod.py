# SPDX-License-Identifier: MIT
def fn(event, context):
    return {"module": __name__}
