"""The reflection after a conversation: from check questions to findings and next steps.

Owns the engine (answers in, findings and suggested questions out), the reflection record
(also its draft state), the flow of questions asked through the ``Prompter`` interface of
:mod:`partnerschap.prompts`, reflections from an answers file, the answers a transcript
suggests for the checks, and the privacy guard applied to a reflection's typed fields.

Public names, by module (import from the module; this package imports nothing):

- :mod:`.engine`: ``Answer``, ``Status``, ``Finding``, ``ReflectionPlan``, ``choose_sets``,
  ``evaluate``, ``parse_answer``, ``suggestions_in_order``
- :mod:`.record`: ``Reflection``, ``Context``, ``NextStep``
- :mod:`.flow`: ``ReflectionFlow``, ``parse_date``, ``split_roles``
- :mod:`.answers_file`: ``AnswersFile``, ``read_answers_file``, ``scripted_answers``
- :mod:`.hints`: ``suggest_answers``, ``flow_hints``, ``saved_summary``
- :mod:`.privacy`: ``check_reflection``, ``guard``, ``PrivacyReview`` (the choice before
  saving), ``Redactor`` (for exports)

May use: ``sets``, ``transcript`` (for hints), ``privacy`` and the shared ground.
"""
