"""FastAPI parameters: Pydantic fields the model checks, and values dependencies return."""
import os
import re
from enum import Enum
from pathlib import Path
from typing import Literal

from fastapi import Depends, FastAPI
from pydantic import BaseModel, Field, field_validator

app = FastAPI()
ROOT = Path("/srv/avatars")
NAME = re.compile(r"[0-9a-f]{32}[.]png")


class Size(str, Enum):
    SMALL = "small"
    LARGE = "large"


class Deletion(BaseModel):
    filename: str
    folder: str
    user_id: int
    size: Size
    kind: Literal["avatar", "banner"]
    code: str = Field(pattern=r"^[A-Z]{3}$")

    @field_validator("filename")
    @classmethod
    def check_name(cls, value: str) -> str:
        if not NAME.fullmatch(value):
            raise ValueError("not an avatar file name")
        return value


class User(BaseModel):
    id: int
    name: str


def current_user() -> User:
    return User(id=1, name="placeholder")


def user_from_header(x_user: str) -> str:
    return x_user


@app.delete("/avatars")
def delete(body: Deletion, user: User = Depends(current_user), raw: str = Depends(user_from_header)):
    os.remove(ROOT / body.filename)
    os.remove(ROOT / str(body.user_id) / body.size.value / body.kind / body.code)
    os.remove(ROOT / user.name)
    os.remove(ROOT / body.folder)  # expect: PW-PATH-TRAVERSAL:5
    os.remove(ROOT / raw)  # expect: PW-PATH-TRAVERSAL:5
    return {"ok": True}
