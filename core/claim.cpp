#include "core/claim.h"

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "core/hash.h"

namespace irkg {

void to_json(nlohmann::json& j, const Actor& a) {
  j = nlohmann::ordered_json{{"id", a.id}, {"name", a.name}, {"country", a.country}, {"type", a.type}};
}

void from_json(const nlohmann::json& j, Actor& a) {
  a.id = j.value("id", "");
  a.name = j.value("name", "");
  a.country = j.value("country", "");
  a.type = j.value("type", "");
}

void to_json(nlohmann::json& j, const Evidence& e) {
  j = nlohmann::json{{"text", e.text}, {"start", e.start}, {"end", e.end}};
}

void from_json(const nlohmann::json& j, Evidence& e) {
  e.text = j.value("text", "");
  e.start = j.value("start", std::size_t{0});
  e.end = j.value("end", std::size_t{0});
}

namespace {
nlohmann::ordered_json actor_json(const Actor& a) {
  return nlohmann::ordered_json{{"id", a.id}, {"name", a.name}, {"country", a.country}, {"type", a.type}};
}

nlohmann::ordered_json claim_json(const Claim& c) {
  nlohmann::ordered_json j;
  j["id"] = c.id;
  j["doc"] = c.doc;
  j["subject"] = actor_json(c.subject);
  j["object"] = actor_json(c.object);
  j["relation"] = c.relation;
  j["category"] = c.category;
  j["cameo"] = c.cameo;
  j["polarity"] = c.polarity;
  j["weight"] = c.weight;
  j["negated"] = c.negated;
  j["modality"] = c.modality;
  j["speaker"] = c.speaker;
  j["outlet"] = c.outlet;
  j["url"] = c.url;
  j["date"] = c.date;
  j["date_source"] = c.date_source;
  j["source"] = c.source;
  j["evidence"] = nlohmann::ordered_json{{"text", c.evidence.text}, {"start", c.evidence.start}, {"end", c.evidence.end}};
  return j;
}
}  // namespace

void to_json(nlohmann::json& j, const Claim& c) { j = nlohmann::json::parse(claim_json(c).dump()); }

void from_json(const nlohmann::json& j, Claim& c) {
  c.id = j.value("id", "");
  c.doc = j.value("doc", "");
  if (j.contains("subject")) c.subject = j.at("subject").get<Actor>();
  if (j.contains("object")) c.object = j.at("object").get<Actor>();
  c.relation = j.value("relation", "");
  c.category = j.value("category", "");
  c.cameo = j.value("cameo", "");
  c.polarity = j.value("polarity", 0);
  c.weight = j.value("weight", 0.0);
  c.negated = j.value("negated", false);
  c.modality = j.value("modality", "asserted");
  c.speaker = j.value("speaker", "");
  c.outlet = j.value("outlet", "");
  c.url = j.value("url", "");
  c.date = j.value("date", "");
  c.date_source = j.value("date_source", "");
  c.source = j.value("source", "text");
  if (j.contains("evidence")) c.evidence = j.at("evidence").get<Evidence>();
}

std::string claim_to_json_line(const Claim& c) {
  // Replace invalid UTF-8 rather than throw: evidence comes from crawled text.
  return claim_json(c).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

Claim claim_from_json_line(const std::string& line) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw std::runtime_error("not a JSON object");
  return j.get<Claim>();
}

std::string compute_claim_id(const Claim& c) {
  std::string key;
  key.reserve(c.doc.size() + 96);
  for (const std::string* part : {&c.doc, &c.subject.id, &c.object.id, &c.relation})
    key.append(*part).push_back('\x1f');
  key.append(c.negated ? "1" : "0").push_back('\x1f');
  key.append(std::to_string(c.evidence.start)).push_back('\x1f');
  key.append(std::to_string(c.evidence.end));
  return hash128_hex(key).substr(0, 24);
}

}  // namespace irkg
