from retold.schemas import write

write()
