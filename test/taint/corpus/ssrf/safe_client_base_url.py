"""API clients whose base URL is a constant of the class: request data only picks the path."""
import requests
from flask import Flask, request

app = Flask(__name__)


class Catalogue:
    BASE_URL = "https://catalogue.example.com/"

    def item(self, item_id):
        return requests.get(self.BASE_URL + "items/" + item_id, timeout=5).json()


class Billing:
    def __init__(self):
        self.root = "https://billing.example.com/api/"
        self.session = requests.Session()

    def invoice(self, number):
        url = f"{self.root}invoices/{number}"
        return self.session.get(url, timeout=5).json()


class Search:
    endpoint: str = "https://search.example.com/v1"

    def run(self, term):
        return requests.get(self.endpoint + "/q", params={"q": term}, timeout=5).json()

    def page(self, term, n):
        return requests.get(self.endpoint + "/q/" + term + "?page=" + str(n), timeout=5).json()


@app.route("/item")
def item():
    return Catalogue().item(request.args["id"])


@app.route("/invoice")
def invoice():
    return Billing().invoice(request.args["n"])


@app.route("/search")
def search():
    s = Search()
    return {"a": s.run(request.args["q"]), "b": s.page(request.args["q"], 2)}
