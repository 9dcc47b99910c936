/** `presslint init`: a commented starter house style, valid as written. */

export const STARTER_STYLE = `# presslint house style: every editor and CI run in this folder (and below) applies it.
# Reference: docs/house-style.md. Remove a key to keep the built-in default.
extends: recommended

# en-GB (organised, programme) or en-US (organized, program).
dialect: en-GB

# How the first paragraph opens: "Minsk, Belarus, 8 July 2019 - ".
dateline:
  separator: " - "
  dateFormat: "D MMMM YYYY" # or "MMMM D, YYYY"
  requireCountry: true

acronyms:
  # Acronym -> official name, added to the built-in registry of international organisations.
  registry:
    UNODC: United Nations Office on Drugs and Crime
  # All-caps words that are not acronyms to expand.
  ignore: [PDR]
  # A headline may use an acronym before the body expands it.
  headlineExempt: true

# Programmes whose "About" paragraph (boilerplate) every release that mentions them carries.
programmes: []
#  - name: EXAMPLE
#    mentions: [EXAMPLE]
#    boilerplate: "The Example Programme is ..."
#    previous: ["An older accepted version ..."]

contact:
  heading: "For more information, please contact:"
  require: [organisation, name]
  requireOneOf: [email, phone]

# Words the spelling check accepts: names, places, house terms.
words: []

# Severity per rule: error, warning, info or off ("presslint rules" lists them).
rules:
  end-mark: "off"
`;
