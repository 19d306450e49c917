"""compile() with ast.PyCF_ONLY_AST parses into a syntax tree; without it, the code can run."""
import ast

from flask import Flask, request

app = Flask(__name__)


@app.route("/outline", methods=["POST"])
def outline():
    tree = compile(request.get_data(as_text=True), "<submission>", "exec", flags=ast.PyCF_ONLY_AST)
    names = [n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
    also = compile(request.form["src"], "<s>", "exec", ast.PyCF_ONLY_AST | ast.PyCF_TYPE_COMMENTS)
    return {"functions": names, "nodes": len(list(ast.walk(also)))}


@app.route("/run", methods=["POST"])
def run():
    code = compile(request.form["src"], "<submission>", "exec")  # expect: PW-CODE-INJECTION:12
    exec(code, {})  # expect: PW-CODE-INJECTION:5
    return "ok"
