"""numpy.load of an uploaded file: dangerous only with pickling allowed."""
import io

import numpy as np
from fastapi import FastAPI, File, UploadFile

app = FastAPI()


def vectors_of(content, pickled):
    return np.load(io.BytesIO(content), allow_pickle=pickled)  # expect: PW-UNSAFE-DESERIALIZATION:12


@app.post("/vectors")
async def vectors(file: UploadFile = File(...)):
    content = await file.read()
    np.load(io.BytesIO(content), allow_pickle=True)  # expect: PW-UNSAFE-DESERIALIZATION:5
    np.load(io.BytesIO(content), None, True)  # expect: PW-UNSAFE-DESERIALIZATION:5
    np.load(io.BytesIO(content))
    np.load(io.BytesIO(content), allow_pickle=False)
    vectors_of(content, True)
    vectors_of(content, False)
    return {"ok": True}
