# A Python function: Lambda streams no Python response, so a streaming invoke of it is refused.
def handler(event, context):
    return {"python": True}
