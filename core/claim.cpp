#include "core/claim.h"

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "core/hash.h"
#include "core/json_writer.h"

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
  j["agency"] = c.agency;
  j["story"] = c.story;
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
  c.agency = j.value("agency", "");
  c.story = j.value("story", "");
  c.url = j.value("url", "");
  c.date = j.value("date", "");
  c.date_source = j.value("date_source", "");
  c.source = j.value("source", "text");
  if (j.contains("evidence")) c.evidence = j.at("evidence").get<Evidence>();
}

namespace {
void append_actor(std::string& out, const Actor& a) {
  out += "{\"id\":";
  append_json_string(out, a.id);
  out += ",\"name\":";
  append_json_string(out, a.name);
  out += ",\"country\":";
  append_json_string(out, a.country);
  out += ",\"type\":";
  append_json_string(out, a.type);
  out += '}';
}

void append_field(std::string& out, const char* key, const std::string& value) {
  out += ",\"";
  out += key;
  out += "\":";
  append_json_string(out, value);
}
}  // namespace

std::string claim_to_json_line(const Claim& c) {
  // Same bytes as claim_json(c).dump() with invalid UTF-8 replaced (evidence comes from
  // crawled text), written directly: this is the hot output path.
  std::string out;
  out.reserve(512 + c.evidence.text.size());
  out += "{\"id\":";
  append_json_string(out, c.id);
  append_field(out, "doc", c.doc);
  out += ",\"subject\":";
  append_actor(out, c.subject);
  out += ",\"object\":";
  append_actor(out, c.object);
  append_field(out, "relation", c.relation);
  append_field(out, "category", c.category);
  append_field(out, "cameo", c.cameo);
  out += ",\"polarity\":";
  out += std::to_string(c.polarity);
  out += ",\"weight\":";
  append_json_number(out, c.weight);
  out += ",\"negated\":";
  out += c.negated ? "true" : "false";
  append_field(out, "modality", c.modality);
  append_field(out, "speaker", c.speaker);
  append_field(out, "outlet", c.outlet);
  append_field(out, "agency", c.agency);
  append_field(out, "story", c.story);
  append_field(out, "url", c.url);
  append_field(out, "date", c.date);
  append_field(out, "date_source", c.date_source);
  append_field(out, "source", c.source);
  out += ",\"evidence\":{\"text\":";
  append_json_string(out, c.evidence.text);
  out += ",\"start\":";
  out += std::to_string(c.evidence.start);
  out += ",\"end\":";
  out += std::to_string(c.evidence.end);
  out += "}}";
  return out;
}

std::string claim_to_json_line_reference(const Claim& c) {
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
