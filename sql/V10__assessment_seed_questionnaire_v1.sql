-- Soundpath seed: the track-fit questionnaire, version 1 (questionnaire id 1).
-- Blocks: A interests (12, 1-5, sides alternate PRODUCER/ENGINEER), B self-rating (6, 1-5, alternating),
-- C scenarios (6, 3-4 options keyed to sides), D knowledge (8, 4 options, one correct; never used to pick
-- the track), T tie-breakers (3, option 1 PRODUCER, option 2 ENGINEER).
-- Ids: items A 1001-1012, B 1021-1026, C 1031-1036, D 1041-1048, T 1051-1053; option = item id * 10 + position.
-- Generated from a data script that checks counts, sides, correct answers, lengths and ids; a published
-- version is never edited: changes go into a new questionnaire version. Portable SQL: H2 2.2 and PostgreSQL 15.

INSERT INTO questionnaire (id, version, title, published_on) VALUES
    (1, 1, 'Which audio career fits you?', DATE '2026-11-25');

-- Block A: interests
INSERT INTO assessment_item (id, questionnaire_id, block, position, prompt, side, topic) VALUES
    (1001, 1, 'A', 1, 'I would enjoy sitting down with an artist before any recording starts to plan how each song should come together.', 'PRODUCER', 'planning songs before recording'),
    (1002, 1, 'A', 2, 'I would enjoy setting up microphones, speakers, amplifiers and a mixing console so that everything works before the musicians arrive.', 'ENGINEER', 'setting up audio equipment'),
    (1003, 1, 'A', 3, 'I would enjoy suggesting changes to a song''s lyrics, melody or chords to make it stronger.', 'PRODUCER', 'improving lyrics, melodies and chords'),
    (1004, 1, 'A', 4, 'I would enjoy checking and fine-tuning equipment until every level and setting is exactly right.', 'ENGINEER', 'calibrating equipment'),
    (1005, 1, 'A', 5, 'I would enjoy writing songs and deciding how they are arranged: which part comes when, and which instruments play where.', 'PRODUCER', 'songwriting and arranging'),
    (1006, 1, 'A', 6, 'I would enjoy running the sound at a concert or event so the audience hears every voice and instrument clearly.', 'ENGINEER', 'mixing live sound at shows'),
    (1007, 1, 'A', 7, 'I would enjoy choosing which session musicians and instruments a track needs.', 'PRODUCER', 'choosing musicians and instruments'),
    (1008, 1, 'A', 8, 'I would enjoy placing microphones in a studio and making sure every take is recorded cleanly.', 'ENGINEER', 'capturing clean studio recordings'),
    (1009, 1, 'A', 9, 'I would enjoy encouraging a singer or band and giving them feedback until they give their best performance.', 'PRODUCER', 'guiding artists to their best performance'),
    (1010, 1, 'A', 10, 'I would enjoy editing recordings afterwards, removing noise, clicks and mistakes until the audio sounds clean.', 'ENGINEER', 'editing and cleaning up audio'),
    (1011, 1, 'A', 11, 'I would enjoy listening to a mix and steering it until the whole record matches the sound the artist imagined.', 'PRODUCER', 'shaping the overall sound of a record'),
    (1012, 1, 'A', 12, 'I would enjoy tracking down and fixing a technical fault quickly, even with people waiting on me.', 'ENGINEER', 'fixing faults under pressure');

-- Block B: self-rating
INSERT INTO assessment_item (id, questionnaire_id, block, position, prompt, side, topic) VALUES
    (1021, 1, 'B', 1, 'How good are you at music theory and writing music, for example working out chords and melodies?', 'PRODUCER', 'music theory and composition'),
    (1022, 1, 'B', 2, 'How good are you at recording and editing audio, for example placing a microphone and cutting out unwanted noise?', 'ENGINEER', 'recording and editing audio'),
    (1023, 1, 'B', 3, 'How good are you at producing in a DAW (digital audio workstation): recording parts, adding effects and mixing a track?', 'PRODUCER', 'recording and mixing in a DAW'),
    (1024, 1, 'B', 4, 'How good are you at mixing live sound, keeping a band balanced and clear for an audience through a PA system?', 'ENGINEER', 'live mixing and sound reinforcement'),
    (1025, 1, 'B', 5, 'How good are you at communicating and working with others, for example understanding what someone wants and giving honest feedback kindly?', 'PRODUCER', 'communication and collaboration'),
    (1026, 1, 'B', 6, 'How good are you at troubleshooting, calmly finding out why something does not work and fixing it?', 'ENGINEER', 'troubleshooting technical problems');

-- Block C: scenarios
INSERT INTO assessment_item (id, questionnaire_id, block, position, prompt, side, topic) VALUES
    (1031, 1, 'C', 1, 'Two band members disagree about how the bridge of a song should go, and the session has stalled. What would you most likely do?', NULL, 'settling a disagreement about a song'),
    (1032, 1, 'C', 2, 'During soundcheck at a small venue, the stage monitors suddenly start to howl. What would you most likely do?', NULL, 'stopping a howl at soundcheck'),
    (1033, 1, 'C', 3, 'A singer is nervous in the vocal booth and keeps stopping halfway through each take. What would you most likely do?', NULL, 'helping a nervous singer'),
    (1034, 1, 'C', 4, 'A client sends you a podcast episode with a background hum, loud breaths and uneven volume, and asks you to clean it up. What would you most likely do first?', NULL, 'cleaning up a podcast recording'),
    (1035, 1, 'C', 5, 'A record label says a song''s chorus should be more radio-friendly. What would you most likely do?', NULL, 'making a chorus more radio-friendly'),
    (1036, 1, 'C', 6, 'Minutes before a show, one input channel goes silent and you suspect a faulty cable. What would you most likely do?', NULL, 'a cable fault just before a show');

INSERT INTO assessment_option (id, item_id, position, label, side, correct) VALUES
    (10311, 1031, 1, 'Ask each of them to play their version, then suggest a way to combine the best ideas from both.', 'PRODUCER', FALSE),
    (10312, 1031, 2, 'Record a quick take of both versions so everyone can compare them side by side on the studio speakers.', 'ENGINEER', FALSE),
    (10313, 1031, 3, 'Talk with the band about what the song needs to make the listener feel, and help them agree on a direction.', 'PRODUCER', FALSE),
    (10314, 1031, 4, 'Use the pause to check levels and microphone positions, so the room is ready the moment they decide.', 'ENGINEER', FALSE),
    (10321, 1032, 1, 'Pull the monitor level down, then find the frequency that is ringing and cut it with the EQ.', 'ENGINEER', FALSE),
    (10322, 1032, 2, 'Ask the singer what they need to hear in the monitors so they can perform comfortably, and agree on a simpler mix.', 'PRODUCER', FALSE),
    (10323, 1032, 3, 'Check where the microphones are pointing and move the monitor speakers so they do not aim straight into them.', 'ENGINEER', FALSE),
    (10331, 1033, 1, 'Take a short break, chat with them about what the song means to them, and try again when they feel relaxed.', 'PRODUCER', FALSE),
    (10332, 1033, 2, 'Adjust their headphone mix so they hear their own voice and the band clearly and comfortably.', 'ENGINEER', FALSE),
    (10333, 1033, 3, 'Suggest they sing the whole song straight through a few times without worrying about mistakes.', 'PRODUCER', FALSE),
    (10334, 1033, 4, 'Keep recording quietly every time, so no good moment is lost, and build a complete take from the best parts later.', 'ENGINEER', FALSE),
    (10341, 1034, 1, 'Reduce the hum with a noise-reduction tool, then even out the volume across the whole episode.', 'ENGINEER', FALSE),
    (10342, 1034, 2, 'Listen to the whole episode and suggest cuts, a new running order and intro music that make the show flow better.', 'PRODUCER', FALSE),
    (10343, 1034, 3, 'Go through it carefully, removing breaths and clicks one by one for the cleanest possible result.', 'ENGINEER', FALSE),
    (10351, 1035, 1, 'Work with the artist on a catchier melody or a simpler hook for the chorus.', 'PRODUCER', FALSE),
    (10352, 1035, 2, 'Compare the mix with songs that are on the radio now and adjust the balance, brightness and loudness of the chorus.', 'ENGINEER', FALSE),
    (10353, 1035, 3, 'Try a new arrangement, for example bringing in extra instruments or backing harmonies when the chorus arrives.', 'PRODUCER', FALSE),
    (10361, 1036, 1, 'Follow the signal path step by step, swapping the cable to find exactly where the fault is.', 'ENGINEER', FALSE),
    (10362, 1036, 2, 'Keep the artist calm and agree on a backup plan for the set list in case the fix takes longer.', 'PRODUCER', FALSE),
    (10363, 1036, 3, 'Move the input to a spare channel and a cable you already tested, and repair the original after the show.', 'ENGINEER', FALSE);

-- Block D: knowledge
INSERT INTO assessment_item (id, questionnaire_id, block, position, prompt, side, topic) VALUES
    (1041, 1, 'D', 1, 'In audio, what does "signal flow" describe?', NULL, 'signal flow'),
    (1042, 1, 'D', 2, 'When setting levels (gain staging), why do engineers leave some headroom?', NULL, 'gain staging and headroom'),
    (1043, 1, 'D', 3, 'On a digital level meter that reads in dBFS, what does 0 dBFS mean?', NULL, 'reading dBFS levels'),
    (1044, 1, 'D', 4, 'In a DAW, what is the difference between an insert effect and a send?', NULL, 'inserts versus sends in a DAW'),
    (1045, 1, 'D', 5, 'In a typical pop song, what is the bridge?', NULL, 'song structure terms'),
    (1046, 1, 'D', 6, 'What is a chord progression?', NULL, 'chord progressions'),
    (1047, 1, 'D', 7, 'What usually causes the loud howl called feedback in a live sound system?', NULL, 'what causes feedback'),
    (1048, 1, 'D', 8, 'Why are balanced cables, such as XLR microphone cables, preferred for long cable runs?', NULL, 'balanced cables');

INSERT INTO assessment_option (id, item_id, position, label, side, correct) VALUES
    (10411, 1041, 1, 'The path a sound takes from its source, through each piece of equipment or software, to where it is heard or recorded', NULL, TRUE),
    (10412, 1041, 2, 'How loud a signal is at its highest peak', NULL, FALSE),
    (10413, 1041, 3, 'How fast sound travels through the air in a room', NULL, FALSE),
    (10414, 1041, 4, 'The order in which the songs appear on an album', NULL, FALSE),
    (10421, 1042, 1, 'So the recording files take up less disk space', NULL, FALSE),
    (10422, 1042, 2, 'So sudden loud peaks have room to pass through without clipping', NULL, TRUE),
    (10423, 1042, 3, 'So the microphone picks up more of the room sound', NULL, FALSE),
    (10424, 1042, 4, 'So the computer can run more plugins at once', NULL, FALSE),
    (10431, 1043, 1, 'Complete silence', NULL, FALSE),
    (10432, 1043, 2, 'A comfortable average level for a vocal', NULL, FALSE),
    (10433, 1043, 3, 'The highest level the digital system can store; anything louder is clipped and distorts', NULL, TRUE),
    (10434, 1043, 4, 'The loudness of a normal conversation in the room', NULL, FALSE),
    (10441, 1044, 1, 'An insert is only for live sound and a send is only for recording', NULL, FALSE),
    (10442, 1044, 2, 'An insert adds a new empty track and a send exports the finished song', NULL, FALSE),
    (10443, 1044, 3, 'There is no difference; they are two names for the same thing', NULL, FALSE),
    (10444, 1044, 4, 'An insert processes a track''s whole signal directly; a send passes a copy of some of the signal to a separate channel, such as a shared reverb', NULL, TRUE),
    (10451, 1045, 1, 'A contrasting section, often heard once later in the song, that leads back into the final chorus', NULL, TRUE),
    (10452, 1045, 2, 'The short instrumental part at the very start of the song', NULL, FALSE),
    (10453, 1045, 3, 'The part that comes back with the same words each time and carries the main hook', NULL, FALSE),
    (10454, 1045, 4, 'A section whose tune stays the same but whose words change each time it comes round', NULL, FALSE),
    (10461, 1046, 1, 'A single chord held for the whole song', NULL, FALSE),
    (10462, 1046, 2, 'A series of chords played one after another that forms the harmony of a song', NULL, TRUE),
    (10463, 1046, 3, 'Gradually speeding up the tempo towards the end of a song', NULL, FALSE),
    (10464, 1046, 4, 'The order in which the instruments enter a song', NULL, FALSE),
    (10471, 1047, 1, 'A cable that is longer than it needs to be', NULL, FALSE),
    (10472, 1047, 2, 'The band playing faster than the planned tempo', NULL, FALSE),
    (10473, 1047, 3, 'A microphone picking up sound from a speaker, which is amplified and played again in a loop that keeps building', NULL, TRUE),
    (10474, 1047, 4, 'Switching the mixing console on after the amplifiers', NULL, FALSE),
    (10481, 1048, 1, 'They carry a stereo signal on a single cable', NULL, FALSE),
    (10482, 1048, 2, 'They make the signal louder as it travels', NULL, FALSE),
    (10483, 1048, 3, 'They also supply mains power to the speakers', NULL, FALSE),
    (10484, 1048, 4, 'Their design cancels out much of the hum and noise picked up along the cable', NULL, TRUE);

-- Block T: tie-breakers
INSERT INTO assessment_item (id, questionnaire_id, block, position, prompt, side, topic) VALUES
    (1051, 1, 'T', 1, 'On a free Saturday, would you rather ...', NULL, 'how you spend a free day'),
    (1052, 1, 'T', 2, 'At the end of a project, which compliment would make you prouder?', NULL, 'the compliment that matters most'),
    (1053, 1, 'T', 3, 'If you joined the crew of a music festival, which job would you pick?', NULL, 'your pick of festival jobs');

INSERT INTO assessment_option (id, item_id, position, label, side, correct) VALUES
    (10511, 1051, 1, 'write and arrange a new song with a friend?', 'PRODUCER', FALSE),
    (10512, 1051, 2, 'help run the sound for a local gig?', 'ENGINEER', FALSE),
    (10521, 1052, 1, '"You helped me find my sound."', 'PRODUCER', FALSE),
    (10522, 1052, 2, '"That recording sounds crystal clear."', 'ENGINEER', FALSE),
    (10531, 1053, 1, 'Helping a young band shape their set and get the most out of their songs', 'PRODUCER', FALSE),
    (10532, 1053, 2, 'Looking after the microphones, speakers and mixing desk on one of the stages', 'ENGINEER', FALSE);
