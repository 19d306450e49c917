"""FastAPI endpoint parameters into SQLAlchemy text() and exec_driver_sql()."""
from fastapi import Depends, FastAPI
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

app = FastAPI()
engine = create_engine("sqlite:///catalog.db")


def get_db():
    with Session(engine) as session:
        yield session


@app.get("/items/{item_id}")
async def read_item(item_id: str, q: str = None):
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT * FROM items WHERE id = '" + item_id + "'")  # expect: PW-SQLI:9
        if q:
            conn.exec_driver_sql(f"SELECT * FROM items WHERE name LIKE '%{q}%'")  # expect: PW-SQLI:13
    return {"status": "ok"}


@app.get("/categories/{slug}")
def read_category(slug: str, db: Session = Depends(get_db)):
    stmt = text(f"SELECT * FROM categories WHERE slug = '{slug}'")  # expect: PW-SQLI:12
    db.execute(stmt)
    return {"status": "ok"}
