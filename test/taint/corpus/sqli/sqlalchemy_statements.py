"""SQLAlchemy statement objects bind their values; raw text enters them through text() and
literal_column(), which are injection points of their own."""
from fastapi import Depends, FastAPI
from sqlalchemy import literal_column, select, text
from sqlalchemy.orm import Session

from .database import get_db
from .models import Employee

app = FastAPI()


class EmployeeRepo:
    def __init__(self, db: Session):
        self.db = db

    def search(self, last_name: str, department: str | None):
        stmt = select(Employee).where(Employee.last_name.ilike(f"{last_name}%"))
        if department:
            stmt = stmt.where(Employee.department == department)
        return self.db.execute(stmt.order_by(Employee.last_name).limit(100)).scalars().all()

    def by_clause(self, clause: str):
        stmt = select(Employee).where(text(clause))  # expect: PW-SQLI:39
        return self.db.execute(stmt).scalars().all()

    def sorted_by(self, column: str):
        return self.db.execute(select(Employee).order_by(literal_column(column))).scalars().all()  # expect: PW-SQLI:58

    def raw(self, last_name: str):
        return self.db.execute(text(f"SELECT * FROM employees WHERE last_name = '{last_name}'")).all()  # expect: PW-SQLI:32


def get_repo(db: Session = Depends(get_db)) -> EmployeeRepo:
    return EmployeeRepo(db)


@app.get("/employees")
def employees(last_name: str, department: str | None = None, repo: EmployeeRepo = Depends(get_repo)):
    return [e.id for e in repo.search(last_name, department)]


@app.get("/employees/where")
def where(clause: str, sort: str, repo: EmployeeRepo = Depends(get_repo)):
    return [e.id for e in repo.by_clause(clause) + repo.sorted_by(sort) + repo.raw(clause)]
