file(REMOVE_RECURSE
  "libirkg_store.a"
)
