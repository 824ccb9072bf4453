file(REMOVE_RECURSE
  "libirkg_data.a"
)
