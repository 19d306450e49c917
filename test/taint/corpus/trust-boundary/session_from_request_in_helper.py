"""A helper object keeps the session of the request it is built with and writes to it."""

from fastapi import APIRouter, Request
from pydantic import BaseModel

router = APIRouter()


class CartChoice(BaseModel):
    coupon: str
    quantity: int


class CartState:
    def __init__(self, request: Request) -> None:
        self._store = request.session

    def remember(self, coupon: str, quantity: int) -> None:
        self._store["coupon"] = coupon  # expect: PW-TRUST-BOUNDARY:9
        # a number is still the request's choice
        self._store["quantity"] = quantity  # expect: PW-TRUST-BOUNDARY:9


class Preferences:
    def __init__(self, request: Request) -> None:
        self._store = request.session

    def reset(self) -> None:
        self._store["theme"] = "light"


@router.post("/cart")
async def choose(choice: CartChoice, request: Request) -> dict:
    CartState(request).remember(choice.coupon, choice.quantity)
    Preferences(request).reset()
    return {"ok": True}
