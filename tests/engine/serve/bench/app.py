# SPDX-License-Identifier: MIT
# The benchmark's handler: does nothing, for Bullpen's Invoke API and the emulator alike.


def noop(event, context):
    return {}
