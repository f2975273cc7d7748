"""The parts a participant answers: built from data, saved the moment they change.

Every widget reads its earlier answers from the store when it is built, so running a notebook
again (new kernel, new tab) shows what was saved, and it says on screen whether the latest
change is saved. If a save fails, the widget puts the answer back as it was (free text stays on
screen, marked unsaved) and says so: an answer is never shown as given unless it is on disk.
One code path serves every clause: a clause is data, never a new function.
"""

from .base import AnswerWidget
from .checklist import Checklist
from .plan import ActionPlan, TakeawayPanel, YourWork
from .progress import Progress
from .scenario import Scenario
from .status import SaveStatus
from .text import CoachingQuestions, CommitmentText, GuardedText, Reflections

__all__ = ["AnswerWidget", "ActionPlan", "Checklist", "CoachingQuestions", "CommitmentText",
           "GuardedText", "Progress", "Reflections", "SaveStatus", "Scenario", "TakeawayPanel",
           "YourWork"]
