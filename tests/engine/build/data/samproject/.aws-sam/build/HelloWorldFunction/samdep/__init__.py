# Installed by `sam build` from requirements.txt (a stand-in package: no registry in tests).
def message():
    return "hello from sam build"
