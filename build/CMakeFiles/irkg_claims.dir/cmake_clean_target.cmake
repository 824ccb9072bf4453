file(REMOVE_RECURSE
  "libirkg_claims.a"
)
