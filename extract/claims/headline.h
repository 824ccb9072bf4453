#pragma once
// The document's headline as a sentence the extractor reads before the body.
#include <string>

#include "core/document.h"

namespace irkg {

// The headline (doc.title) to read as the first sentence of a document, or "" when there
// is none to read: no title, one too long to be a headline, or one the body already opens
// with. A site name after the last " | " or " - " of a page title is cut ("Moscow rejects
// the ultimatum | Northwind Wire"), when it is the outlet or reads like a name (four words
// or fewer, each capitalised).
std::string headline_to_read(const Document& doc);

}  // namespace irkg
